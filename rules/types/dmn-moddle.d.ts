// The part of dmn-moddle (which ships no types) that the importer and the tests use.
declare module 'dmn-moddle' {
  export interface ModdleElement {
    $type: string;
    id?: string;
    name?: string;
    label?: string;
    text?: string;
    typeRef?: string;
    description?: string;
    [property: string]: unknown;
  }
  export interface FromXmlResult {
    rootElement: ModdleElement;
    warnings: { message: string; element?: ModdleElement }[];
  }
  export class DmnModdle {
    fromXML(xml: string, type?: string): Promise<FromXmlResult>;
  }
}
